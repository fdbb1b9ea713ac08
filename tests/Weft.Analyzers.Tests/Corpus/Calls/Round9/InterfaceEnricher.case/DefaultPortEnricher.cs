using System.Collections.Generic;

namespace Corpus.Calls.R9.InterfaceEnricher;

public sealed class DefaultPortEnricher : IEnricher
{
    public void Enrich(List<string> endpoints)
    {
        for (int i = 0; i < endpoints.Count; i++)
        {
            if (!endpoints[i].Contains(':'))
            {
                endpoints[i] += ":443";
            }
        }
    }
}
