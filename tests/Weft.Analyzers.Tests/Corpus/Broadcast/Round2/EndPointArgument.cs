// Decision: the WEFT0001 page names System.Net.IPEndPoint as a type the analyzer cannot prove immutable (its Address
// and Port have setters) unless listed in weft.immutable_types, which WEFT0007 also applies: broadcasting one is
// reported. Round 2.
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.Round2.EndPoint;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Upstreams
{
    private readonly List<IPEndPoint> _endPoints = new();

    [WorkerUpdate]
    public void Add(IPEndPoint endPoint) => _endPoints.Add(endPoint);
}

public static class Admin
{
    public static Task AddAsync(WorkerPool pool, string address, int port) =>
        Upstreams.AddOnAllWorkersAsync(pool, new IPEndPoint(IPAddress.Parse(address), port)); // expect: WEFT0007
}
