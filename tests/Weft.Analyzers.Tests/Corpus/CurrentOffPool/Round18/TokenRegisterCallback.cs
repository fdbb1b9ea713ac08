// WEFT0005: a CancellationToken.Register callback runs on the thread that cancels; its Current read is reported.
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

public static class TokenRegisterCallback
{
    public static int Seen;

    public static CancellationTokenRegistration Run(CancellationToken token) =>
        token.Register(() => Seen = Limits.Current.MaxBatch); // expect: WEFT0005
}
