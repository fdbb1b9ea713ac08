// The per-worker firewall: rejects connections from banned addresses and counts the rejections.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.Broadcast.R14.BanListDefect;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Firewall
{
    private IReadOnlyCollection<string> _bans = Array.Empty<string>();
    private HashSet<string> _lookup = new(StringComparer.OrdinalIgnoreCase);
    private long _rejected;

    public long Rejected => _rejected;

    public bool Accept(string remoteAddress)
    {
        if (_lookup.Contains(remoteAddress))
        {
            _rejected++;
            return false;
        }

        return true;
    }

    [WorkerUpdate]
    public void ReplaceBans(IReadOnlyCollection<string> bans)
    {
        _bans = bans;
        _lookup = new HashSet<string>(bans, StringComparer.OrdinalIgnoreCase);
    }

    public int BanCount => _bans.Count;
}
