// A CORS allow-list reloader on main: it keeps the entries in one List<string> field and publishes a read-only view
// of it (AsReadOnly) through a Slot<IReadOnlyList<string>>. Each reload clears and refills the same list: the view
// the previous reload published is over that list, so every write is to a published object (WEFT0002: the source of
// a read-only view published with it, a field that holds it, written in the publishing method above the publish). The
// quiet twin assigns the field a new list on every reload before writing it, as the page's "Published fields" allows.
using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Slots;

namespace Corpus.Views.R14.OriginAllowListDefect;

public sealed class OriginAllowList
{
    private readonly Slot<IReadOnlyList<string>> _slot;
    private readonly List<string> _entries = new();
    private readonly List<string> _rejected = new();
    private int _reloads;

    public OriginAllowList(Slot<IReadOnlyList<string>> slot) => _slot = slot;

    public int Count => _entries.Count;

    public IReadOnlyList<string> Rejected => _rejected;

    public int Reload(IEnumerable<string> lines)
    {
        _rejected.Clear();
        var valid = new List<string>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (Uri.TryCreate(line, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
            {
                valid.Add(uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant());
            }
            else
            {
                _rejected.Add(line);
            }
        }

        _entries.Clear(); // expect: WEFT0002
        _entries.AddRange(valid.Distinct(StringComparer.Ordinal)); // expect: WEFT0002
        _entries.Sort(StringComparer.Ordinal); // expect: WEFT0002
        _slot.Publish(_entries.AsReadOnly());
        _reloads++;
        return _entries.Count;
    }

    public override string ToString() => $"{_entries.Count} origins after {_reloads} reloads";
}
