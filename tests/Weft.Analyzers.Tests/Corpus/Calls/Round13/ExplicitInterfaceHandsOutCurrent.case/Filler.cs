namespace Corpus.Calls.ExplicitInterfaceHandsOutCurrent;

public static class Filler
{
    public static void AddDefault(IHostSource source)
    {
        var hosts = source.Hosts;
        if (hosts.Count == 0)
        {
            hosts.Add("localhost"); // expect: WEFT0003
        }
    }

    public static void Run() => AddDefault(new CatalogSource());
}
