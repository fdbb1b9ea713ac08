// Round 15, WEFT0003, a short request handler: a switch expression picks the set a host is added to. For the global
// scope it picks the snapshot's own set, so the Add writes data every worker reads. The snapshot's HashSet member is
// reported by WEFT0001 in both twins.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.Round15.SwitchPicksSnapshotSet;

[ThreadLocalSlot]
public sealed partial class Rules
{
    public HashSet<string> Deny { get; init; } = []; // expect: WEFT0001
}

public enum BlockScope { Session, Global }

public sealed class BlockHandler
{
    private readonly HashSet<string> _session = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _pendingGlobal = new(StringComparer.OrdinalIgnoreCase);

    public bool Block(string host, BlockScope scope)
    {
        var target = scope switch
        {
            BlockScope.Session => _session,
            BlockScope.Global => Rules.Current.Deny,
            _ => null,
        };
        return target?.Add(host) ?? false; // expect: WEFT0003
    }

    public IReadOnlyCollection<string> PendingGlobal => _pendingGlobal;
}
