-- Drives the postmortem language server from Neovim's built-in LSP client, with
-- the calls a user's config makes (the 0.7 API: start_client, buf_attach_client),
-- and writes what the client saw to $PM_NVIM_OUT as JSON.
-- Run by test/unit/nvim-client.test.ts:
--   nvim --headless -u NONE -i NONE -n -c "luafile THIS"
-- with $PM_NVIM_FILE (the postmortem to open) and $PM_NVIM_SERVER (the command, a JSON list).

local TIMEOUT_MS = 20000
local out_path = vim.env.PM_NVIM_OUT
local seen = {}

local function write_out()
  local f = assert(io.open(out_path, 'w'))
  f:write(vim.fn.json_encode(seen))
  f:close()
end

local exited -- set by on_exit: a server that dies must fail the run at once, not at a timeout
local function wait_for(what, done)
  local ok = vim.wait(TIMEOUT_MS, function() return exited ~= nil or done() end, 10)
  if not ok then error(('no %s within %d ms'):format(what, TIMEOUT_MS)) end
  if not done() then error(('the server exited (code %s, signal %s) before %s'):format(exited.code, exited.signal, what)) end
end

-- The diagnostics as Neovim holds them (vim.diagnostic), in the fields a user's config sees.
local function diagnostics(bufnr)
  return vim.tbl_map(function(d)
    local lsp = d.user_data and d.user_data.lsp or {}
    return {
      code = d.code,
      source = d.source,
      lnum = d.lnum,
      col = d.col,
      severity = d.severity,
      message = d.message,
      href = lsp.codeDescription and lsp.codeDescription.href,
    }
  end, vim.diagnostic.get(bufnr))
end

-- The context `vim.lsp.buf.code_action()` sends: the line's diagnostics in LSP shape
-- (0.7 rebuilds them from vim.diagnostic; 0.10+ keeps the originals).
local function line_diagnostics(bufnr, lnum)
  if vim.lsp.diagnostic.from then return vim.lsp.diagnostic.from(vim.diagnostic.get(bufnr, { lnum = lnum })) end
  return vim.lsp.diagnostic.get_line_diagnostics(bufnr, lnum)
end

local function request(bufnr, client_id, method, params)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, TIMEOUT_MS)
  if not responses then error(('%s: %s'):format(method, err)) end
  local response = responses[client_id] or {}
  if response.err or response.error then error(('%s: %s'):format(method, vim.inspect(response.err or response.error))) end
  return response.result
end

local function main()
  local file = assert(vim.env.PM_NVIM_FILE, 'PM_NVIM_FILE is not set')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'markdown' -- -u NONE leaves filetype detection off
  local uri = vim.uri_from_bufnr(bufnr)

  -- Every publication for the buffer, by version, to wait for the one of the current text.
  local published = {}
  local client_id = vim.lsp.start_client({
    name = 'postmortem',
    cmd = vim.fn.json_decode((assert(vim.env.PM_NVIM_SERVER, 'PM_NVIM_SERVER is not set'))),
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    -- timeline-timezone off shows the settings arrive; action-item-overdue off keeps the
    -- result independent of today's date.
    settings = { postmortem = { rules = { ['timeline-timezone'] = 'off', ['action-item-overdue'] = 'off' } } },
    -- 0.7 does not announce workspace/configuration (0.8 does), so the settings are pushed,
    -- as its docs advise; on_init runs before any didOpen.
    on_init = function(client)
      client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
    end,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
        if result.uri == uri and result.version then published[result.version] = true end
      end,
    },
    on_exit = function(code, signal) exited = { code = code, signal = signal } end,
  })
  if not client_id then error('vim.lsp.start_client did not start the server') end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  local current = function() return published[vim.lsp.util.buf_versions[bufnr]] end

  wait_for('diagnostics for the opened buffer', current)
  seen.diagnostics = diagnostics(bufnr)

  seen.symbols = request(bufnr, client_id, 'textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params(bufnr) })

  -- A quick fix, asked for and applied as `vim.lsp.buf.code_action()` would: cursor on the
  -- blaming sentence, the line's diagnostics as context, the edit applied by the client.
  local blame
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == 'blame-language' then blame = d end
  end
  if not blame then error('no blame-language diagnostic to act on') end
  vim.api.nvim_win_set_cursor(0, { blame.lnum + 1, blame.col })
  local params = vim.lsp.util.make_range_params(0, client.offset_encoding)
  params.context = { diagnostics = line_diagnostics(bufnr, blame.lnum) }
  local actions = request(bufnr, client_id, 'textDocument/codeAction', params) or {}
  seen.actions = vim.tbl_map(function(a) return a.title end, actions)
  local chosen
  for _, a in ipairs(actions) do
    if a.title == 'Disable blame-language for this line' then chosen = a end
  end
  if not chosen then error('no "Disable blame-language for this line" action among: ' .. table.concat(seen.actions, ' | ')) end
  local before = vim.lsp.util.buf_versions[bufnr]
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  seen.edited = { lnum = blame.lnum, line = vim.api.nvim_buf_get_lines(bufnr, blame.lnum, blame.lnum + 1, true)[1], lines = vim.api.nvim_buf_line_count(bufnr) }
  if vim.lsp.util.buf_versions[bufnr] == before then error('applying the edit did not change the buffer') end

  -- The server lints the change (Neovim sends it as didChange) and publishes for the new version.
  wait_for('diagnostics for the edited buffer', current)
  seen.after = diagnostics(bufnr)

  vim.lsp.stop_client(client_id)
  wait_for('server exit after shutdown', function() return exited ~= nil end)
  seen.exit = exited
end

local ok, err = xpcall(main, debug.traceback)
if not ok then seen.error = err end
write_out()
vim.cmd(ok and 'qall!' or 'cquit 1')
