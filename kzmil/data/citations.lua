-- kzmil's layout of what pandoc's citeproc made, run right after it (`--citeproc --lua-filter`).
--
-- Input: paragraphs `KZCITE<n> [@{key}...]`, then the `refs` div. Output: one block per piece,
-- each behind a marker paragraph that kzmil splits the output on, whatever the format:
--   KZMILMARKq         the quotation (from $KZMIL_QUOTE, as text: never read as markup)
--   KZMILMARKc<n>      the n-th citation: the note of a note style, else the in-text citation,
--                      after $KZMIL_LABEL when that is set ("note:", "in text:")
--   KZMILMARKr<hex>    the bibliography entry of the item whose id is <hex> (hex-encoded)
-- The style's order of the bibliography is kept.

local function marker(kind, id)
  return pandoc.Para({ pandoc.Str("KZMILMARK" .. kind .. id) })
end

local function hex(s)
  return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end))
end

-- APA writes "Retrieved <accessed>, from <URL>" for an undated online source, and a bare
-- "Retrieved <URL>" when the access date is unknown too: that word is dropped then.
local function drop_bare_retrieved(inlines)
  local out = pandoc.List()
  local i = 1
  while i <= #inlines do
    local el, nxt, after = inlines[i], inlines[i + 1], inlines[i + 2]
    if el.t == "Str" and el.text == "Retrieved" and nxt and nxt.t == "Space" and after and after.t == "Link" then
      i = i + 2
    else
      out:insert(el)
      i = i + 1
    end
  end
  return out
end

-- A note style's citation is the note; an in-text one is the citation itself.
local function citation_inlines(content)
  local note = nil
  for _, el in ipairs(content) do
    el:walk({ Note = function(n) note = note or n end })
  end
  if note then
    return pandoc.utils.blocks_to_inlines(note.content)
  end
  return content
end

function Pandoc(doc)
  local out = pandoc.List()
  local label = os.getenv("KZMIL_LABEL") or ""
  local quote = os.getenv("KZMIL_QUOTE")
  if quote and quote ~= "" then
    out:insert(marker("q", ""))
    out:insert(pandoc.Plain(pandoc.Inlines(quote)))
  end
  for _, blk in ipairs(doc.blocks) do
    if blk.t == "Para" and blk.content[1] and blk.content[1].t == "Str" then
      local n = blk.content[1].text:match("^KZCITE(%d+)$")
      if n then
        local rest = pandoc.List()
        for i = 2, #blk.content do
          if not (i == 2 and blk.content[i].t == "Space") then rest:insert(blk.content[i]) end
        end
        local inlines = citation_inlines(rest)
        if label ~= "" then
          inlines = pandoc.List({ pandoc.Str(label), pandoc.Space() }) .. inlines
        end
        out:insert(marker("c", n))
        out:insert(pandoc.Plain(inlines))
      end
    elseif blk.t == "Div" and blk.identifier == "refs" then
      for _, entry in ipairs(blk.content) do
        if entry.t == "Div" and entry.identifier:sub(1, 4) == "ref-" then
          out:insert(marker("r", hex(entry.identifier:sub(5))))
          out:insert(pandoc.Plain(drop_bare_retrieved(pandoc.utils.blocks_to_inlines(entry.content))))
        end
      end
    end
  end
  return pandoc.Pandoc(out, doc.meta)
end
