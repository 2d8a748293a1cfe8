// Decap CMS starts only when our admin script has registered its widget, preview and
// validation (CMS.init in src/components/cms/admin.ts). A file, not inline: CSP.
window.CMS_MANUAL_INIT = true;
