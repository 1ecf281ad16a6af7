-- Neovim 0.7 smoke test of the Communiqué language server: start it with vim.lsp.start_client, attach
-- the article buffer, ask for hover and document symbols with request_sync, and collect
-- textDocument/publishDiagnostics. The spec (JSON, UTF-8) comes from $COMMUNIQUE_EDITOR_SPEC; one
-- line per test goes to spec.results: "ok<TAB>name<TAB>detail" or "not ok<TAB>name<TAB>detail".
local spec_file = assert(os.getenv('COMMUNIQUE_EDITOR_SPEC'), 'COMMUNIQUE_EDITOR_SPEC not set')
local f = assert(io.open(spec_file, 'r'))
local spec = vim.fn.json_decode(f:read('*a'))
f:close()
local out = assert(io.open(spec.results, 'w'))

local function report(ok, name, detail)
  detail = tostring(detail or ''):gsub('%s+', ' ')
  out:write((ok and 'ok' or 'not ok') .. '\t' .. name .. '\t' .. detail:sub(1, 300) .. '\n')
  out:flush()
end

local function collect_strings(v, acc)
  acc = acc or {}
  if type(v) == 'string' then table.insert(acc, v)
  elseif type(v) == 'table' then for _, x in pairs(v) do collect_strings(x, acc) end end
  return acc
end

local function symbol_names(list, acc)
  acc = acc or {}
  for _, s in ipairs(list or {}) do
    table.insert(acc, s.name)
    symbol_names(s.children, acc)
  end
  return acc
end

local hover_text = ''

local function run()
  local diagnostics = {}
  local initialized = false
  local client_id = vim.lsp.start_client({
    name = 'communique',
    cmd = spec.cmd,
    root_dir = spec.folder,
    get_language_id = function() return 'communique-article' end,
    on_init = function() initialized = true end,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, result)
        if result then diagnostics[result.uri] = result.diagnostics end
      end,
    },
  })
  report(client_id ~= nil, 'nvim: the server starts', client_id and '' or 'start_client returned nil')
  if not client_id then return end

  vim.cmd('edit ' .. vim.fn.fnameescape(spec.file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)
  local up = vim.wait(15000, function() return initialized end, 50)
  report(up, 'nvim: initialize completes', up and '' or 'no initialize answer in 15 s')
  if not up then return end
  local client = vim.lsp.get_client_by_id(client_id)
  local uri = vim.uri_from_bufnr(bufnr)

  -- Hover: retry while the first analysis may still be running.
  -- (request_sync waits itself: no vim.wait around it, which would nest event loops.)
  local function hover_matches()
    local res = client.request_sync('textDocument/hover', {
      textDocument = { uri = uri }, position = spec.hoverPosition,
    }, 5000, bufnr)
    hover_text = table.concat(collect_strings(res and res.result and res.result.contents), '\n')
    for _, want in ipairs(spec.hoverExpect) do
      if not hover_text:find(want, 1, true) then return false end
    end
    return hover_text ~= ''
  end
  hover_text = ''
  local hover_ok = false
  local deadline = vim.loop.now() + 15000
  repeat
    hover_ok = hover_matches()
    if not hover_ok then vim.wait(300) end
  until hover_ok or vim.loop.now() > deadline
  report(hover_ok, 'nvim: hover shows the entity card', hover_ok and hover_text:sub(1, 120) or ('got: ' .. hover_text))

  local res = client.request_sync('textDocument/documentSymbol', { textDocument = { uri = uri } }, 10000, bufnr)
  local names = symbol_names(res and res.result)
  local found = false
  for _, n in ipairs(names) do if n:find(spec.title, 1, true) then found = true end end
  report(found, 'nvim: document symbols contain the title', found and (#names .. ' symbols') or ('got: ' .. table.concat(names, ' | ')))

  local codes = {}
  local diag_ok = vim.wait(15000, function()
    local list = diagnostics[uri]
    if not list or #list == 0 then return false end
    codes = {}
    for _, d in ipairs(list) do codes[tostring(d.code)] = true end
    for _, want in ipairs(spec.diagnosticCodes) do if not codes[want] then return false end end
    return true
  end, 100)
  report(diag_ok, 'nvim: diagnostics are published', table.concat(vim.tbl_keys(codes), ', '))

  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
end

local ok, err = pcall(run)
if not ok then report(false, 'nvim: smoke test ran to the end', err) end
out:close()
vim.cmd(ok and 'qall!' or 'cquit 1')
