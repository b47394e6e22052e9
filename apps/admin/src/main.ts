import { DefaultApolloClient } from '@vue/apollo-composable';
import { createApp } from 'vue';
import App from './App.vue';
import { createApolloClient } from './apollo';
import { installElementPlus } from './plugins/element-plus';
import { createAppRouter } from './router';
import './styles/index.css';

const app = createApp(App);
app.provide(DefaultApolloClient, createApolloClient());
installElementPlus(app);
app.use(createAppRouter());
app.mount('#app');
