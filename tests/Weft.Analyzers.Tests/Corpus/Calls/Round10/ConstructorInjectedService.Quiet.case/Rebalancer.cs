// A service built over a list and kept: its method writes the list it was given (the page: "writes what an object of
// yours was given (a helper constructed with the data, whose method then changes it)"). The service gets its own copy, so the published list is never its.
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

namespace Corpus.Calls.Round10.ConstructorInjectedServiceQuiet;

public sealed class Rebalancer
{
    private readonly List<string> _hosts;

    public Rebalancer(List<string> hosts) => _hosts = hosts;

    public void Drain(string host) => _hosts.Remove(host);

    public int Count => _hosts.Count;
}
