;;; emacs-smoke.el --- Emacs 28 + eglot smoke test of the Communiqué language server  -*- lexical-binding: t -*-
;; Run: emacs --batch -l emacs-smoke.el  (not -Q: Debian's start-up files put eglot on the load path).
;; The spec (JSON, UTF-8) comes from $COMMUNIQUE_EDITOR_SPEC; one line per test goes to its "results"
;; file: "ok<TAB>name<TAB>detail" or "not ok<TAB>name<TAB>detail".
(require 'json)
(require 'cl-lib)
(prefer-coding-system 'utf-8)
(setq coding-system-for-read 'utf-8)
(require 'eglot)

(defvar smoke-spec (let ((json-object-type 'plist) (json-array-type 'list))
                     (json-read-file (getenv "COMMUNIQUE_EDITOR_SPEC"))))
(defvar smoke-lines nil)
(defvar smoke-diagnostics (make-hash-table :test #'equal)
  "The last published diagnostics of each file, by true path (the server publishes for every article).")

(defun smoke-report (ok name detail)
  (push (format "%s\t%s\t%s" (if ok "ok" "not ok") name
                (replace-regexp-in-string "[\n\t ]+" " " (format "%s" (or detail ""))))
        smoke-lines))

(defun smoke-write ()
  (let ((coding-system-for-write 'utf-8))
    (with-temp-file (plist-get smoke-spec :results)
      (insert (mapconcat #'identity (reverse smoke-lines) "\n") "\n"))))

(defun smoke-strings (v)
  "Every string inside the JSON value V (plists, vectors, lists)."
  (cond ((stringp v) (list v))
        ((vectorp v) (apply #'append (mapcar #'smoke-strings v)))
        ((consp v) (apply #'append (mapcar #'smoke-strings v)))
        (t nil)))

(defun smoke-symbol-names (v)
  (cl-loop for s across (if (vectorp v) v (vconcat v))
           append (cons (plist-get s :name) (smoke-symbol-names (or (plist-get s :children) [])))))

(defun smoke-wait (pred seconds)
  "Process server output until PRED is non-nil or SECONDS pass."
  (let ((deadline (+ (float-time) seconds)) (v nil))
    (while (and (not (setq v (funcall pred))) (< (float-time) deadline))
      (accept-process-output nil 0.1))
    v))

(cl-defmethod eglot-handle-notification :before
  (_server (_method (eql textDocument/publishDiagnostics)) &key uri diagnostics &allow-other-keys)
  (puthash (file-truename (eglot--uri-to-path uri)) (append diagnostics nil) smoke-diagnostics))

(define-derived-mode communique-article-mode text-mode "Communiqué")

(defun smoke-run ()
  (let* ((folder (file-name-as-directory (plist-get smoke-spec :folder)))
         ;; eglot asks project.el for the root: name the article folder as a transient project.
         (project-find-functions (list (lambda (_dir) (cons 'transient folder))))
         (eglot-server-programs `((communique-article-mode . ,(plist-get smoke-spec :cmd))))
         (eglot-sync-connect t)
         (eglot-connect-timeout 20)
         (eglot-autoreconnect nil))
    (find-file (plist-get smoke-spec :file))
    (communique-article-mode)
    (apply #'eglot (eglot--guess-contact))
    (let ((server (eglot-current-server)))
      (smoke-report server "emacs: eglot connects" (and server (eglot--project-nickname server)))
      (when server
        ;; Hover at the entity, found by substring.
        (goto-char (point-min))
        (let ((after (plist-get (plist-get smoke-spec :hover) :after)))
          (when (and after (> (length after) 0)) (search-forward after)))
        (search-forward (plist-get (plist-get smoke-spec :hover) :text))
        (goto-char (1+ (match-beginning 0)))
        (let* ((text "")
               (ok (smoke-wait
                    (lambda ()
                      (let ((res (jsonrpc-request server :textDocument/hover
                                                  (eglot--TextDocumentPositionParams))))
                        (setq text (mapconcat #'identity (smoke-strings (plist-get res :contents)) "\n"))
                        (and (> (length text) 0)
                             (cl-every (lambda (w) (string-search w text)) (plist-get smoke-spec :hoverExpect)))))
                    15)))
          (smoke-report ok "emacs: hover shows the entity card" (substring text 0 (min 120 (length text)))))
        (let* ((res (jsonrpc-request server :textDocument/documentSymbol
                                     `(:textDocument ,(eglot--TextDocumentIdentifier))))
               (names (smoke-symbol-names res))
               (title (plist-get smoke-spec :title)))
          (smoke-report (cl-some (lambda (n) (and n (string-search title n))) names)
                        "emacs: document symbols contain the title" (format "%d symbols" (length names))))
        (let* ((want (plist-get smoke-spec :diagnosticCodes))
               (codes nil)
               (ok (smoke-wait (lambda ()
                                 (setq codes (mapcar (lambda (d) (format "%s" (plist-get d :code)))
                                                     (gethash (file-truename buffer-file-name) smoke-diagnostics)))
                                 (and codes (cl-every (lambda (w) (member w codes)) want)))
                               15)))
          (smoke-report ok "emacs: diagnostics are published" (mapconcat #'identity codes ", ")))
        (ignore-errors (eglot-shutdown server))))))

(condition-case err
    (progn (smoke-run) (smoke-write) (kill-emacs 0))
  (error (smoke-report nil "emacs: smoke test ran to the end" (error-message-string err))
         (smoke-write)
         (kill-emacs 1)))
