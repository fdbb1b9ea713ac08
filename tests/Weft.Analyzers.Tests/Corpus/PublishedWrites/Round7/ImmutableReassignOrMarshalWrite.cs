// WEFT0002: an ImmutableArray placed in a published object, then "changed". `ImmutableCollectionsMarshal.AsArray` hands back the
// array behind the published ImmutableArray: writing it changes what the workers read.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.ImmutableReassignOrMarshalWrite;

public sealed class PortSet(ImmutableArray<int> ports)
{
    public ImmutableArray<int> Ports { get; } = ports;
}

public static class PortPublisher
{
    public static int Publish(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<PortSet>();
        var ports = ImmutableArray.Create(80, 443, 8080);
        slot.Publish(new PortSet(ports));
        ImmutableCollectionsMarshal.AsArray(ports)![0] = 8081; // expect: WEFT0002
        return ports[0];
    }
}
