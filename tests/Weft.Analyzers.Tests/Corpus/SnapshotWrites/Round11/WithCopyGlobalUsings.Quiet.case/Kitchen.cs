namespace Corpus.R11.WithCopyGlobalUsingsQuiet;

public static class Kitchen
{
    public static Menu Special(string dish)
    {
        var draft = Menu.Current with { Version = Menu.Current.Version + 1, Dishes = [.. Menu.Current.Dishes, dish] };
        return draft;
    }
}
