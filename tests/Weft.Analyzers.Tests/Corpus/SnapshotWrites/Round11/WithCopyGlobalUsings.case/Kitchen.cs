namespace Corpus.R11.WithCopyGlobalUsings;

public static class Kitchen
{
    public static Menu Special(string dish)
    {
        var draft = Menu.Current with { Version = Menu.Current.Version + 1 };
        draft.Dishes.Add(dish); // expect: WEFT0003
        return draft;
    }
}
