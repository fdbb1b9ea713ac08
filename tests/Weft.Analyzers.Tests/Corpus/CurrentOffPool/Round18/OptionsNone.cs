// WEFT0005: after `await ... .ConfigureAwait(ConfigureAwaitOptions.None)` (a constant lacking
// ContinueOnCapturedContext) the code may be off the loop; the `Current` read there is reported.
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
        await Task.Delay(1).ConfigureAwait(ConfigureAwaitOptions.None);
        return Limits.Current.MaxBatch; // expect: WEFT0005 "Current"
    }
}
