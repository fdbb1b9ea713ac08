// A project of three files: the ban registry on main that loads the banned addresses (this file), the per-worker
// firewall that enforces them (Firewall.cs), and the admin sync that broadcasts the registry's bans to every worker
// (AdminSync.cs). The registry's Snapshot hands back its own HashSet: the page (WEFT0007) says a value your helper
// returns is judged by what every `return` hands back, so the broadcast of registry.Snapshot() is reported at the
// argument in AdminSync.cs. The quiet twin's Snapshot returns an ImmutableHashSet.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Corpus.Broadcast.R14.BanListDefect;

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
        return _banned;
    }
}
