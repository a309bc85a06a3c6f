print("diplograph")
