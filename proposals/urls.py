from django.urls import path

from proposals import views

app_name = "proposals"

urlpatterns = [
    path("", views.submit, name="submit"),
    path("merci/", views.thanks, name="thanks"),
    path("suivi/", views.status, name="status"),
    path("forums/", views.forums, name="forums"),
    path("forums/<int:pk>/", views.forum_results, name="forum_results"),
]
