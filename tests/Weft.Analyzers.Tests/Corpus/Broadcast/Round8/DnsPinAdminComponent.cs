// A realistic component: an admin endpoint pins DNS answers on every worker. One defect: the pin request record
// carries the addresses as a string[] (mutable), broadcast to every worker at once (WEFT0007).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.R8.DnsPinAdminComponent;

public sealed record PinRequest(string Host, string[] Addresses, TimeSpan Ttl);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsPins
{
    private readonly Dictionary<string, (string[] Addresses, DateTime Until)> _pins = new(StringComparer.OrdinalIgnoreCase);

    [WorkerUpdate]
    public void Pin(PinRequest request) => _pins[request.Host] = (request.Addresses.ToArray(), DateTime.UtcNow + request.Ttl);

    [WorkerUpdate]
    public void Unpin(string host) => _pins.Remove(host);

    public string? Lookup(string host, DateTime now) =>
        _pins.TryGetValue(host, out var pin) && pin.Until > now && pin.Addresses.Length > 0 ? pin.Addresses[0] : null;
}

public sealed class DnsAdmin(WorkerPool pool)
{
    public Task PinAsync(string host, IEnumerable<string> addresses, int ttlSeconds)
    {
        var request = new PinRequest(host, addresses.Distinct().ToArray(), TimeSpan.FromSeconds(ttlSeconds));
        return DnsPins.PinOnAllWorkersAsync(pool, request); // expect: WEFT0007
    }

    public Task UnpinAsync(string host) => DnsPins.UnpinOnAllWorkersAsync(pool, host);
}
