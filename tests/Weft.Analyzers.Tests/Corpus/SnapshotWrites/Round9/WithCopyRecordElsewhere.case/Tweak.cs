using System.Collections.Generic;

namespace Corpus.SnapshotWrites.R9.WithCopyRecordElsewhere;

public static class Tweak
{
    public static Policy WithLocalhost()
    {
        Policy next = Policy.Current with { Version = Policy.Current.Version + 1 };
        next.Allowed.Add("localhost"); // expect: WEFT0003
        return next;
    }
}
