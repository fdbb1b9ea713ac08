using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.R9.PartialSlotStatic;

public sealed partial class Quotas
{
    [WorkerUpdate]
    private void SetLimit(string tenant, int limit)
    {
        _used.Remove(tenant);
        s_lastLimit[tenant] = limit; // expect: WEFT0006
    }
}
