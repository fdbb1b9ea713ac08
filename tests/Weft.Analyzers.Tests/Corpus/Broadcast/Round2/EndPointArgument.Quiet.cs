// Round 2. The address and port are broadcast as a string and an int; each worker builds its own IPEndPoint.
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
    public void Add(string address, int port) => _endPoints.Add(new IPEndPoint(IPAddress.Parse(address), port));
}

public static class Admin
{
    public static Task AddAsync(WorkerPool pool, string address, int port) =>
        Upstreams.AddOnAllWorkersAsync(pool, address, port);
}
