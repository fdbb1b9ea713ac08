// WEFT0005: ConfigureAwaitOptions.ForceYielding alone lacks ContinueOnCapturedContext, so the await may resume off
// the loop (WEFT0005 page: "ForceYielding alone"); the rate-limit snapshot read after it is not the worker's.
using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.ForceYieldingOptions;

[ThreadLocalSlot]
public sealed partial class RateLimits
{
    public ImmutableDictionary<string, int> PerTenant { get; init; } = ImmutableDictionary<string, int>.Empty;
}

public sealed class AdmissionController
{
    public async Task<bool> AdmitAsync(string tenant)
    {
        // Give the loop a turn before the expensive check.
        await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
        var limits = RateLimits.Current; // expect: WEFT0005 "Current"
        return limits.PerTenant.TryGetValue(tenant, out var limit) && limit > 0;
    }
}
