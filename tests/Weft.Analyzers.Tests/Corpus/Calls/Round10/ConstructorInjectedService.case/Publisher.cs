// The caller publishes the list and later asks the service to drain a host: reported at the call (the page's reading
// for a helper constructed with the data).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.Calls.Round10.ConstructorInjectedService;

public sealed class HostPublisher
{
    private readonly Slot<List<string>> _slot;

    public HostPublisher(Slot<List<string>> slot) => _slot = slot;

    public void Run()
    {
        var hosts = new List<string> { "a", "b", "c" };
        var rebalancer = new Rebalancer(hosts);
        _slot.Publish(hosts);
        rebalancer.Drain("b"); // expect: WEFT0002
        Console.WriteLine(rebalancer.Count);
    }
}
