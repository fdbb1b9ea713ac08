// A `with` copy of a record STRUCT member of the snapshot: the copy is a new value, but its List member still points at
// the snapshot's list (WEFT0003: "struct copies (their reference-typed members still point into the snapshot) and
// `with` copies"). A `with` that replaces the list by a new one is a copy the code owns, and writing that list is
// quiet even in this file. The record struct with a List is WEFT0001 on the member that holds it.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.WithOnRecordStructMember;

public record struct RetryPolicy(int MaxAttempts, List<string> RetryOn);

[ThreadLocalSlot]
public sealed partial class ClientPolicy
{
    public RetryPolicy Retry { get; init; } // expect: WEFT0001
}

public static class PolicyTuning
{
    public static RetryPolicy Tighten(string status)
    {
        RetryPolicy tighter = ClientPolicy.Current.Retry with { MaxAttempts = 1 };
        tighter.RetryOn.Add(status); // expect: WEFT0003
        RetryPolicy fresh = ClientPolicy.Current.Retry with { RetryOn = new List<string>() };
        fresh.RetryOn.Add(status);
        fresh.MaxAttempts++;
        return fresh;
    }
}
