namespace Corpus.R11.ExtensionReturnsList;

public static class Login
{
    public static void Remember(string user)
    {
        var users = Directory.Current.UsersOf();
        users.Add(user); // expect: WEFT0003
    }
}
