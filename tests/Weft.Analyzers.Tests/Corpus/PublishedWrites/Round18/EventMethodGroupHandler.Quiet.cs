// Quiet twin of EventMethodGroupHandler: the event is raised before the publish (the list is sorted, then published).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public sealed class EventMethodGroupHandler
{
    public event Action<List<string>>? Published;

    public EventMethodGroupHandler() => Published += SortHosts;

    private static void SortHosts(List<string> hosts) => hosts.Sort();

    public void Run(Slot<List<string>> slot)
    {
        var hosts = new List<string> { "b", "a" };
        Published?.Invoke(hosts);
        slot.Publish(hosts);
    }
}
