// Quiet twin of OriginAllowList: every reload assigns the field a new list before it writes it, so the writes never
// reach the list behind a view an earlier reload published (the page's "builds a new one on every path").
using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Slots;

namespace Corpus.Views.R14.OriginAllowListQuiet;

public sealed class OriginAllowList
{
    private readonly Slot<IReadOnlyList<string>> _slot;
    private List<string> _entries = new();
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

        _entries = new List<string>();
        _entries.AddRange(valid.Distinct(StringComparer.Ordinal));
        _entries.Sort(StringComparer.Ordinal);
        _slot.Publish(_entries.AsReadOnly());
        _reloads++;
        return _entries.Count;
    }

    public override string ToString() => $"{_entries.Count} origins after {_reloads} reloads";
}
