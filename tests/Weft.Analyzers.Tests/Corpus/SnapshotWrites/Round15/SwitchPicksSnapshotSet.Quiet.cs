// Round 15, WEFT0003 quiet twin: the global scope collects the host in the handler's own pending set (sent to main for
// the next publish), not in the snapshot's set.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.Round15.SwitchPicksSnapshotSetQuiet;

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
            BlockScope.Global => Rules.Current.Deny.Contains(host) ? null : _pendingGlobal,
            _ => null,
        };
        return target?.Add(host) ?? false;
    }

    public IReadOnlyCollection<string> PendingGlobal => _pendingGlobal;
}
