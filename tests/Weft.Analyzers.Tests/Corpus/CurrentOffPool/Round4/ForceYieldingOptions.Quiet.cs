// Quiet twin of ForceYieldingOptions: ForceYielding combined with ContinueOnCapturedContext resumes on the worker's
// loop (WEFT0005 page: ConfigureAwaitOptions.ContinueOnCapturedContext stays).
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
        await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding | ConfigureAwaitOptions.ContinueOnCapturedContext);
        var limits = RateLimits.Current;
        return limits.PerTenant.TryGetValue(tenant, out var limit) && limit > 0;
    }
}
