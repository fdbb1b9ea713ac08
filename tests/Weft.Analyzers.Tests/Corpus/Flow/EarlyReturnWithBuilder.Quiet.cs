// A snapshot type published on an early path; the later path builds a different instance with `with`.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Flow.EarlyReturnBuilder;

[ThreadLocalSlot]
public sealed partial record Limits
{
    public int MaxConnections { get; init; }
    public ImmutableArray<string> Blocked { get; init; }
}

public static class LimitsLoader
{
    public static async Task LoadAsync(WorkerPool pool, int max, string[] blocked)
    {
        var limits = new Limits { MaxConnections = max, Blocked = ImmutableArray<string>.Empty };
        if (blocked.Length == 0)
        {
            await Limits.PublishAsync(pool, limits);
            return;
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        builder.AddRange(blocked);
        limits = limits with { Blocked = builder.ToImmutable() };
        await Limits.PublishAsync(pool, limits);
    }
}
