// The quiet twin: the virtual TryGet hands out an immutable copy.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft.Slots;

namespace Corpus.Broadcast.OutParamOfVirtualArgumentQuiet;

public sealed class Allow
{
    public IReadOnlyList<string> Hosts { get; set; } = new List<string>();
}

public class Registry
{
    protected readonly List<string> Hosts = new() { "a.example" };

    public virtual bool TryGetHosts(out IReadOnlyList<string> hosts)
    {
        hosts = Hosts.ToImmutableArray();
        return Hosts.Count > 0;
    }
}

public static class Sync
{
    public static void Push(Slot<Allow> slot, Registry registry)
    {
        if (registry.TryGetHosts(out var hosts))
        {
            slot.RunOnAllThreads(static (allow, list) => allow.Hosts = list, hosts, static () => { });
        }
    }
}
