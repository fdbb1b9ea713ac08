// Quiet twin of BanList.case: the registry's Snapshot returns an ImmutableHashSet copy of its bans, so the
// broadcast in AdminSync.cs hands every worker an object nobody can change.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Corpus.Broadcast.R14.BanListQuiet;

public sealed class BanRegistry
{
    private HashSet<string> _banned = new(StringComparer.OrdinalIgnoreCase);
    private DateTimeOffset _loadedAt;

    public DateTimeOffset LoadedAt => _loadedAt;

    public int Count => _banned.Count;

    public void Load(IEnumerable<string> lines, DateTimeOffset now)
    {
        _banned = new HashSet<string>(
            lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')),
            StringComparer.OrdinalIgnoreCase);
        _loadedAt = now;
    }

    public IReadOnlyCollection<string> Snapshot()
    {
        return _banned.ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
