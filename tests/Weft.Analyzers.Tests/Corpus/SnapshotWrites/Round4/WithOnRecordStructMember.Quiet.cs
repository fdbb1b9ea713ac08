// Quiet twin of WithOnRecordStructMember: the record struct holds an ImmutableArray; `with` copies change scalars and
// replace the array with a new one (ImmutableArray.Add), and the copy's scalar is incremented (a value copy).
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.WithOnRecordStructMemberQuiet;

public readonly record struct RetryPolicy(int MaxAttempts, ImmutableArray<string> RetryOn);

[ThreadLocalSlot]
public sealed partial class ClientPolicy
{
    public RetryPolicy Retry { get; init; }
}

public static class PolicyTuning
{
    public static RetryPolicy Tighten(string status)
    {
        RetryPolicy tighter = ClientPolicy.Current.Retry with { MaxAttempts = 1 };
        RetryPolicy wider = tighter with { RetryOn = tighter.RetryOn.Add(status) };
        int attempts = wider.MaxAttempts;
        attempts++;
        return wider with { MaxAttempts = attempts };
    }
}
