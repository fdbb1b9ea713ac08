// A C# 14 extension block member that adds to its receiver list, called from a per-worker type's member on a static
// list: every worker changes the one list (WEFT0006, reported at the worker code's call: an extension member is a
// helper anybody may call).
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.R16.ExtensionBlockSeenHosts;

public static class HostListExtensions
{
    extension(List<string> hosts)
    {
        public bool AddUnique(string host)
        {
            if (hosts.Contains(host))
                return false;
            hosts.Add(host);
            return true;
        }
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class UpstreamTracker
{
    private static readonly List<string> s_seen = new();
    private int _newHosts;

    public void OnConnect(string host)
    {
        if (s_seen.AddUnique(host)) // expect: WEFT0006
            _newHosts++;
    }
}
