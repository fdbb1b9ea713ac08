// The argument type of a [WorkerUpdate]: a wrapper that keeps an immutable copy of
// the hosts it was given.
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

namespace Corpus.Broadcast.Round10.WrapperAroundListQuiet;

public sealed class HostFilter
{
    public HostFilter(List<string> hosts) => Hosts = hosts.ToImmutableArray();

    public ImmutableArray<string> Hosts { get; }
}
