"""The Qt presentation of Keukentafel: windows, views, item models and widgets. No business rules here."""
