import { createApp } from 'vue';
import App from './App.vue';
import { createAdmin } from './admin';
// Element Plus's variables first (the components bring their own styles on demand, in lazy
// chunks), then ours on top: the platform's blue must win whichever page loads first.
import 'element-plus/es/components/base/style/css';
import './styles/index.css';

createApp(App).use(createAdmin()).mount('#app');
