// Quiet twin of ServerPickConditional: VIPs get a copy of the snapshot's list before the removal.
using System.Collections.Generic;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.ServerPickConditional;

[ThreadLocalSlot]
public sealed partial class ServerPool
{
    public List<string> VipServers { get; init; } = new(); // expect: WEFT0001
    public string Default { get; init; } = "eu-1";
}

public sealed class ServerPicker
{
    private readonly HashSet<string> _overloaded = new();

    public void MarkOverloaded(string server) => _overloaded.Add(server);

    public string Pick(bool vip, int seed)
    {
        ServerPool pool = ServerPool.Current;
        List<string> candidates = vip ? new List<string>(pool.VipServers) : new List<string> { pool.Default };
        candidates.RemoveAll(_overloaded.Contains);
        return candidates.Count == 0 ? pool.Default : candidates[seed % candidates.Count];
    }
}

public static class ServerNames
{
    public static string Region(string server)
    {
        int dash = server.IndexOf('-');
        return dash < 0 ? server : server[..dash];
    }

    public static int Index(string server) =>
        int.TryParse(server[(server.IndexOf('-') + 1)..], out int n) ? n : 0;

    public static bool SameRegion(string a, string b) => Region(a) == Region(b);
}
