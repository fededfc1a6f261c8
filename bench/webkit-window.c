/* The memory floor of the desktop benchmark (bench/desktop.mjs): a bare WebKitGTK window, with
 * no Tauri and no ropa, showing a one-line page, in the environment the app sets for itself
 * (WEBKIT_DISABLE_COMPOSITING_MODE=1, set by the benchmark). It prints "loaded" once the page
 * has loaded. Built by the benchmark with gcc and pkg-config's webkit2gtk-4.1 flags. */
#include <gtk/gtk.h>
#include <stdio.h>
#include <webkit2/webkit2.h>

static void on_load(WebKitWebView *view, WebKitLoadEvent event, gpointer data) {
  (void)view;
  (void)data;
  if (event == WEBKIT_LOAD_FINISHED) {
    puts("loaded");
    fflush(stdout);
  }
}

int main(int argc, char **argv) {
  gtk_init(&argc, &argv);
  GtkWidget *window = gtk_window_new(GTK_WINDOW_TOPLEVEL);
  gtk_window_set_default_size(GTK_WINDOW(window), 1200, 800);
  GtkWidget *view = webkit_web_view_new();
  gtk_container_add(GTK_CONTAINER(window), view);
  g_signal_connect(view, "load-changed", G_CALLBACK(on_load), NULL);
  g_signal_connect(window, "destroy", G_CALLBACK(gtk_main_quit), NULL);
  webkit_web_view_load_html(WEBKIT_WEB_VIEW(view), "<!doctype html><p>Records of processing activities</p>", NULL);
  gtk_widget_show_all(window);
  gtk_main();
  return 0;
}
