// Case note form: Ctrl+Enter (Cmd+Enter on a Mac) saves the draft without leaving the page when htmx runs,
// otherwise it presses "Save draft". Without JavaScript the form works the same with its buttons.
document.addEventListener('keydown', function (event) {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) {
    return;
  }
  var form = document.getElementById('note-form');
  if (!form || !form.contains(event.target)) {
    return;
  }
  event.preventDefault();
  if (window.htmx && document.getElementById('autosave')) {
    window.htmx.trigger('#autosave', 'save-now');
  } else {
    document.getElementById('save-draft').click();
  }
});
