// A retry policy snapshot holds a record whose members are all init-only (quiet twin of RetryPolicyRecordSetter).
using System;
using Weft;

namespace Corpus.Immutability.R16.RetryPolicyRecordSetter;

public sealed record RetryPolicy
{
    public int MaxAttempts { get; init; } = 3;
    public TimeSpan Backoff { get; init; } = TimeSpan.FromMilliseconds(100);
}

[ThreadLocalSlot]
public sealed partial class UpstreamPolicy
{
    public string Cluster { get; init; } = "";
    public RetryPolicy Retry { get; init; } = new();
}
