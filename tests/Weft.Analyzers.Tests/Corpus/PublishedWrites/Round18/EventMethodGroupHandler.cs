// WEFT0002: an instance field-like event whose handler, added in the constructor as a method group, sorts the list;
// raising it with the published list is reported at the raise.
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
        slot.Publish(hosts);
        Published?.Invoke(hosts); // expect: WEFT0002
    }
}
