// A virtual TryGet hands its list field out through an out parameter declared IReadOnlyList<string>; the value is the
// state of RunOnAllThreads. Reading taken: an out argument is a value the helper returns, judged by what it assigns.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Broadcast.OutParamOfVirtualArgument;

public sealed class Allow
{
    public IReadOnlyList<string> Hosts { get; set; } = new List<string>();
}

public class Registry
{
    protected readonly List<string> Hosts = new() { "a.example" };

    public virtual bool TryGetHosts(out IReadOnlyList<string> hosts)
    {
        hosts = Hosts;
        return Hosts.Count > 0;
    }
}

public static class Sync
{
    public static void Push(Slot<Allow> slot, Registry registry)
    {
        if (registry.TryGetHosts(out var hosts))
        {
            slot.RunOnAllThreads(static (allow, list) => allow.Hosts = list, hosts, static () => { }); // expect: WEFT0007
        }
    }
}
