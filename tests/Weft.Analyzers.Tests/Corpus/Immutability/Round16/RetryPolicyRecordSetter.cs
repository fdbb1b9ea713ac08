// A retry policy snapshot holds a record whose MaxAttempts has a setter: any thread can change what every worker
// reads (WEFT0001 on the snapshot's member, naming the record's property).
using System;
using Weft;

namespace Corpus.Immutability.R16.RetryPolicyRecordSetter;

public sealed record RetryPolicy
{
    public int MaxAttempts { get; set; } = 3;
    public TimeSpan Backoff { get; init; } = TimeSpan.FromMilliseconds(100);
}

[ThreadLocalSlot]
public sealed partial class UpstreamPolicy
{
    public string Cluster { get; init; } = "";
    public RetryPolicy Retry { get; init; } = new(); // expect: WEFT0001 "MaxAttempts"
}
