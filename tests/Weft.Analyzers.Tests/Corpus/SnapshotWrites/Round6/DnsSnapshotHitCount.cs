// Shared DNS answers (addresses as strings: IPAddress is settable) published from main; workers pick an address. Defect: the worker round-robins by advancing
// a cursor stored in the shared answer object, reached by a foreach over the snapshot's answers (WEFT0003 on the
// element write; WEFT0001 on the snapshot member holding mutable answers).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus6b.DnsSnapshotHitCount;

public sealed class DnsAnswer
{
    public DnsAnswer(string host, ImmutableArray<string> addresses) { Host = host; Addresses = addresses; }
    public string Host { get; }
    public ImmutableArray<string> Addresses { get; }
    public int Cursor { get; set; }
}

[ThreadLocalSlot]
public sealed partial class DnsSnapshot
{
    public ImmutableArray<DnsAnswer> Answers { get; init; } = ImmutableArray<DnsAnswer>.Empty; // expect: WEFT0001
}

public static class AddressPicker
{
    public static string? Pick(string host)
    {
        foreach (DnsAnswer answer in DnsSnapshot.Current.Answers)
        {
            if (!string.Equals(answer.Host, host, StringComparison.OrdinalIgnoreCase) || answer.Addresses.IsEmpty) continue;
            int index = answer.Cursor++ % answer.Addresses.Length; // expect: WEFT0003
            return answer.Addresses[index];
        }
        return null;
    }
}
