// A DNS refresher on main: it resolves an upstream's name, publishes the addresses to the workers through a
// Slot<List<string>>, and verifies the published set with a health probe. If the probe says the set is bad it jumps
// back to `retry:` to resolve again, appending to the same list: the `goto` runs the AddRange above the publish again,
// after the publish (WEFT0002: order by flow, a write above the publish that a jump runs again). The quiet twin
// starts a new list after the label.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.R14.DnsRefresherDefect;

public interface IResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct);
}

public sealed class DnsRefresher
{
    private const int MaxAttempts = 3;
    private readonly Slot<List<string>> _addresses;
    private readonly IResolver _resolver;
    private readonly Func<IReadOnlyList<string>, Task<bool>> _verify;
    private int _failedRounds;

    public DnsRefresher(Slot<List<string>> addresses, IResolver resolver, Func<IReadOnlyList<string>, Task<bool>> verify)
    {
        _addresses = addresses;
        _resolver = resolver;
        _verify = verify;
    }

    public int FailedRounds => _failedRounds;

    public async Task<bool> RefreshAsync(string host, int port, CancellationToken ct)
    {
        int attempt = 0;
        var addresses = new List<string>();

    retry:
        attempt++;
        var resolved = await _resolver.ResolveAsync(host, ct);
        addresses.AddRange(resolved // expect: WEFT0002
            .Where(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
            .Select(a => new IPEndPoint(a, port).ToString())
            .Distinct(StringComparer.Ordinal));
        if (addresses.Count == 0)
        {
            _failedRounds++;
            return false;
        }

        await _addresses.PublishAsync(addresses);
        if (!await _verify(addresses) && attempt < MaxAttempts)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), ct);
            goto retry;
        }

        return true;
    }
}
