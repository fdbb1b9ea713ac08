// The clean twin: the record carries an ImmutableArray<string>.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.R8.DnsPinAdminComponentQuiet;

public sealed record PinRequest(string Host, ImmutableArray<string> Addresses, TimeSpan Ttl);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsPins
{
    private readonly Dictionary<string, (ImmutableArray<string> Addresses, DateTime Until)> _pins = new(StringComparer.OrdinalIgnoreCase);

    [WorkerUpdate]
    public void Pin(PinRequest request) => _pins[request.Host] = (request.Addresses, DateTime.UtcNow + request.Ttl);

    [WorkerUpdate]
    public void Unpin(string host) => _pins.Remove(host);

    public string? Lookup(string host, DateTime now) =>
        _pins.TryGetValue(host, out var pin) && pin.Until > now && pin.Addresses.Length > 0 ? pin.Addresses[0] : null;
}

public sealed class DnsAdmin(WorkerPool pool)
{
    public Task PinAsync(string host, IEnumerable<string> addresses, int ttlSeconds)
    {
        var request = new PinRequest(host, addresses.Distinct().ToImmutableArray(), TimeSpan.FromSeconds(ttlSeconds));
        return DnsPins.PinOnAllWorkersAsync(pool, request);
    }

    public Task UnpinAsync(string host) => DnsPins.UnpinOnAllWorkersAsync(pool, host);
}
