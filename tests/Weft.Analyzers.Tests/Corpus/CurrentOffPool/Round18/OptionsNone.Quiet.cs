// Quiet twin of OptionsNone: ContinueOnCapturedContext keeps the loop (the page's fix: drop leaving the context).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public int MaxBatch { get; init; }
}

public static class OptionsNone
{
    public static async Task<int> RunAsync()
    {
        await Task.Delay(1).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
        return Limits.Current.MaxBatch;
    }
}
