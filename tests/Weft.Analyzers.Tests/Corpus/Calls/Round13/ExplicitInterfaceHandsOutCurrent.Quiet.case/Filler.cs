namespace Corpus.Calls.ExplicitInterfaceHandsOutCurrentQuiet;

public static class Filler
{
    public static void AddDefault(IHostSource source)
    {
        var hosts = source.Hosts;
        if (hosts.Count == 0)
        {
            hosts.Add("localhost");
        }
    }

    public static void Run() => AddDefault(new CatalogSource());
}
